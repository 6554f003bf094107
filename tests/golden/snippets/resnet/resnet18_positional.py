import torchvision

model = torchvision.models.resnet18(None)
print(model.conv1)
model = torchvision.models.resnet18(False, True)
print(model.avgpool)
