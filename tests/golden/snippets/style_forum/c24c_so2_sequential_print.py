# Q: how do I see my model's layers and parameter count?
import torch.nn as nn

cnn = nn.Sequential(
    nn.Conv2d(1, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(), nn.Dropout(0.25), nn.Linear(8 * 14 * 14, 10),
)
print(cnn)
print(sum(w.numel() for w in cnn.parameters() if w.requires_grad))
print(cnn[3], cnn[-1].in_features)
