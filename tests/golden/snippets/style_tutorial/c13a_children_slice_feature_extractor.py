# Reusing a trained network without its classifier: nn.Sequential(*list(model.children())[:-1]).
import torch
import torch.nn as nn


class SmallNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(3, 6, 3), nn.ReLU(), nn.AdaptiveAvgPool2d((2, 2)))
        self.flatten = nn.Flatten()
        self.fc = nn.Linear(24, 10)

    def forward(self, x):
        return self.fc(self.flatten(self.features(x)))


torch.manual_seed(16)
net = SmallNet()
extractor = nn.Sequential(*list(net.children())[:-1])
print(extractor)
x = torch.randn(3, 3, 9, 9)
feats = extractor(x)
print(feats.shape, feats.requires_grad)
print(torch.allclose(net.fc(feats), net(x)))
print([name for name, _ in net.named_children()])
print(len(list(net.modules())), len(list(net.children())))
net.fc = nn.Linear(24, 2)
print(net(x).shape, net.fc.out_features)
print([n for n, _ in net.named_modules()])
