import torchvision

model = torchvision.models.resnet18(pretrained=False)
print(type(model).__name__)
print(model.fc)
