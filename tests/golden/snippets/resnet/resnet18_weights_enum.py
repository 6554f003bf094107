import torchvision
from torchvision.models import ResNet18_Weights

print(ResNet18_Weights.DEFAULT)
print(ResNet18_Weights.IMAGENET1K_V1 is ResNet18_Weights.DEFAULT)
print(ResNet18_Weights.DEFAULT.url)
print(ResNet18_Weights.DEFAULT.meta["num_params"])
model = torchvision.models.resnet18(weights=None, num_classes=5)
print(model.fc)
