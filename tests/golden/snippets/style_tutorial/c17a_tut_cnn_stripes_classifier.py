# Classify 6x6 images with horizontal vs vertical stripes using a small CNN
import torch
from torch import nn

torch.manual_seed(42)
def make_images(n):
    labels = torch.randint(0, 2, (n,))
    base = (torch.arange(6) % 2).float()
    imgs = torch.where(labels.view(-1, 1, 1).bool(), base.view(1, 6).expand(6, 6), base.view(6, 1).expand(6, 6))
    return (imgs + 0.3 * torch.randn(n, 6, 6)).unsqueeze(1), labels

x, y = make_images(32)
model = nn.Sequential(
    nn.Conv2d(1, 4, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(4 * 2 * 2, 2)
)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(5):
    opt.zero_grad()
    logits = model(x)
    loss = loss_fn(logits, y)
    loss.backward()
    opt.step()
    acc = (logits.argmax(1) == y).float().mean()
    print(f"Epoch {epoch+1}: loss={loss.item():.4f} acc={acc:.2%}")
