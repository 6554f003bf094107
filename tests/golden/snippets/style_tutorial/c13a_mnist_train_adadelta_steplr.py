# One "epoch" of the MNIST example on fake images: Adadelta(lr=1.0), StepLR(gamma=0.7), log every batch.
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.optim.lr_scheduler import StepLR
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(1)
images = torch.rand(24, 1, 28, 28)
labels = torch.randint(0, 10, (24,))
train_loader = DataLoader(TensorDataset(images, labels), batch_size=8)

model = nn.Sequential(
    nn.Conv2d(1, 32, 3, 1), nn.ReLU(),
    nn.Conv2d(32, 64, 3, 1), nn.ReLU(),
    nn.MaxPool2d(2), nn.Dropout(0.25), nn.Flatten(),
    nn.Linear(9216, 128), nn.ReLU(), nn.Dropout(0.5),
    nn.Linear(128, 10), nn.LogSoftmax(dim=1),
)
optimizer = torch.optim.Adadelta(model.parameters(), lr=1.0)
scheduler = StepLR(optimizer, step_size=1, gamma=0.7)

for epoch in range(1, 3):
    model.train()
    for batch_idx, (data, target) in enumerate(train_loader):
        optimizer.zero_grad()
        output = model(data)
        loss = F.nll_loss(output, target)
        loss.backward()
        optimizer.step()
        print('Train Epoch: {} [{}/{} ({:.0f}%)]\tLoss: {:.6f}'.format(
            epoch, batch_idx * len(data), len(train_loader.dataset),
            100. * batch_idx / len(train_loader), loss.item()))
    scheduler.step()
    print("lr now", scheduler.get_last_lr())
print(len(optimizer.state), sorted(optimizer.state[model[0].weight].keys()))
