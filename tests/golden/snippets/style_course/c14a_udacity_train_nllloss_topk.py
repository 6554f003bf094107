# Udacity training: Sequential with LogSoftmax, NLLLoss, SGD, running_loss per epoch, then exp(logps).topk.
import torch
from torch import nn, optim
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(11)
images = torch.rand(48, 1, 6, 6)
labels = (images.view(48, -1).mean(1) * 10).long() % 3
trainloader = DataLoader(TensorDataset(images, labels), batch_size=16, shuffle=True)
model = nn.Sequential(nn.Linear(36, 20), nn.ReLU(), nn.Linear(20, 3), nn.LogSoftmax(dim=1))
criterion = nn.NLLLoss()
optimizer = optim.SGD(model.parameters(), lr=0.003)
epochs = 4
for e in range(epochs):
    running_loss = 0
    for images_b, labels_b in trainloader:
        images_b = images_b.view(images_b.shape[0], -1)
        optimizer.zero_grad()
        output = model(images_b)
        loss = criterion(output, labels_b)
        loss.backward()
        optimizer.step()
        running_loss += loss.item()
    else:
        print(f"Training loss: {running_loss / len(trainloader)}")
img = images[0].view(1, 36)
with torch.no_grad():
    logps = model(img)
ps = torch.exp(logps)
top_p, top_class = ps.topk(1, dim=1)
print(ps, top_p, top_class, top_class.shape)
