# Q: how do I see my model's layers and parameter count?
import torch.nn as nn

model = nn.Sequential(
    nn.Conv2d(1, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Dropout(0.25), nn.Linear(8 * 14 * 14, 10),
)
print(model)
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
print(model[3], model[-1].in_features)
