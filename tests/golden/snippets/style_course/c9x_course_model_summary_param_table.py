# Course notebook: print a model, then a per-layer table of parameter shapes and counts, trainable vs frozen.
import torch
from torch import nn

class ConvNet(nn.Module):
    def __init__(self, num_classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 8, kernel_size=3, padding=1), nn.BatchNorm2d(8), nn.ReLU(inplace=True),
            nn.MaxPool2d(2),
            nn.Conv2d(8, 16, kernel_size=3, padding=1), nn.ReLU(inplace=True),
            nn.AdaptiveAvgPool2d((2, 2)),
        )
        self.classifier = nn.Sequential(nn.Flatten(), nn.Dropout(0.25), nn.Linear(64, num_classes))
    def forward(self, x):
        return self.classifier(self.features(x))

torch.manual_seed(0)
model = ConvNet()
print(model)
print(f"{'name':<28}{'shape':<22}{'count':>8}")
for name, p in model.named_parameters():
    print(f"{name:<28}{str(tuple(p.shape)):<22}{p.numel():>8}")
total = sum(p.numel() for p in model.parameters())
for p in model.features.parameters():
    p.requires_grad_(False)
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(f"total={total:,} trainable={trainable:,} frozen={total - trainable:,}")
print([name for name, _ in model.named_buffers()])
print(len(list(model.modules())), len(list(model.children())))
out = model(torch.randn(2, 1, 12, 12))
print(out.shape, out.requires_grad, out.grad_fn)
