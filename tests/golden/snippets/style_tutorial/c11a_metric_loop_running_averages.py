# TensorBoard-free metric logging: running loss and accuracy averaged every few mini-batches into a history dict.
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(9)
X = torch.randn(120, 5)
y = (X[:, 0] - X[:, 1] > 0).long()
loader = DataLoader(TensorDataset(X, y), batch_size=10, shuffle=False)
net = nn.Sequential(nn.Linear(5, 16), nn.ReLU(), nn.Linear(16, 2))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
history = {"loss": [], "acc": []}
for epoch in range(2):
    running_loss = 0.0
    correct = 0
    seen = 0
    for i, (inputs, labels) in enumerate(loader):
        optimizer.zero_grad()
        outputs = net(inputs)
        loss = criterion(outputs, labels)
        loss.backward()
        optimizer.step()
        running_loss += loss.item()
        correct += (outputs.argmax(1) == labels).sum().item()
        seen += labels.size(0)
        if i % 4 == 3:
            print(f"[{epoch + 1}, {i + 1:3d}] loss: {running_loss / 4:.3f} acc: {correct / seen:.3f}")
            history["loss"].append(running_loss / 4)
            history["acc"].append(correct / seen)
            running_loss = 0.0
print(len(history["loss"]), min(history["loss"]), max(history["acc"]))
print(history["loss"][-1])
