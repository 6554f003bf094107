# CNN on random images: one training loop
import torch
import torch.nn as nn

torch.manual_seed(0)
class TinyCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1))
        self.classifier = nn.Linear(4, 3)
    def forward(self, x):
        return self.classifier(self.features(x).flatten(1))

model = TinyCNN()
x, y = torch.randn(6, 1, 8, 8), torch.randint(0, 3, (6,))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(5):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    print(f"Epoch [{epoch + 1}/5], Loss: {loss.item():.4f}")
acc = (model(x).argmax(1) == y).float().mean()
print(f"Accuracy: {acc:.2%}")
