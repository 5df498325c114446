<#import "../../../../pom.xml" as pom>
