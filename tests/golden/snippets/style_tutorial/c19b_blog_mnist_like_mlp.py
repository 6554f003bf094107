# Your first image classifier (random "MNIST" so it runs anywhere)
import torch
import torch.nn as nn

torch.manual_seed(0)
images = torch.rand(64, 1, 28, 28)
labels = torch.randint(0, 10, (64,))
model = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 32), nn.ReLU(), nn.Linear(32, 10))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
criterion = nn.CrossEntropyLoss()
for epoch in range(3):
    running = 0.0
    for i in range(0, 64, 16):
        optimizer.zero_grad()
        loss = criterion(model(images[i:i + 16]), labels[i:i + 16])
        loss.backward()
        optimizer.step()
        running += loss.item()
    print(f"Epoch {epoch + 1}: avg loss {running / 4:.4f}")
print(model(images[:2]).argmax(dim=1))
