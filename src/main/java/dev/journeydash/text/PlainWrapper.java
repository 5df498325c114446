package dev.journeydash.text;

import freemarker.template.ObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * The object wrapper of the sandbox: it wraps plain values only and refuses every other Java
 * object, so that nothing a template can reach exposes methods, fields or classes. The data model
 * is converted before rendering ({@link PlainData}); this is the backstop for values that
 * Freemarker itself wraps while rendering (such as {@code .locale_object}).
 */
final class PlainWrapper implements ObjectWrapper {
    static final PlainWrapper INSTANCE = new PlainWrapper();

    private PlainWrapper() { }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj == null || obj instanceof TemplateModel) {
            return (TemplateModel) obj;
        }
        TemplateModel model = PlainData.scalar(obj);
        if (model == null) {
            throw new TemplateModelException("a " + obj.getClass().getName()
                    + " is a Java object, which journeydash templates cannot use");
        }
        return model;
    }
}
