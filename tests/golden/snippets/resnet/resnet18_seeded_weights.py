import torch
import torchvision

torch.manual_seed(0)
model = torchvision.models.resnet18()
print(model.conv1.weight[0, 0, 0])
print(model.layer3[0].downsample[0].weight[:3, :3, 0, 0])
print(model.layer4[1].bn2.weight[:4], model.layer4[1].bn2.bias[:4])
print(model.fc.weight[:2, :5])
print(model.fc.bias[:5])
