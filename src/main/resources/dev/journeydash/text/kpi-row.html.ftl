<tr><td>${kpi.label}</td><td>${kpi.value}</td></tr>
