# Transfer learning style: freeze a tiny synthetic CNN backbone, replace the head, train only the head.
import torch
from torch import nn, optim

torch.manual_seed(7)
backbone = nn.Sequential(
    nn.Conv2d(3, 6, 3, padding=1), nn.BatchNorm2d(6), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(6, 8, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(),
)
model = nn.Sequential(backbone, nn.Linear(8, 10))
for param in model.parameters():
    param.requires_grad = False
num_ftrs = model[1].in_features
model[1] = nn.Linear(num_ftrs, 2)
print(model[1], num_ftrs)
trainable = [n for n, p in model.named_parameters() if p.requires_grad]
print(trainable)
print(sum(p.numel() for p in model.parameters()), sum(p.numel() for p in model.parameters() if p.requires_grad))
optimizer = optim.SGD(model[1].parameters(), lr=0.001, momentum=0.9)
scheduler = optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.1)
criterion = nn.CrossEntropyLoss()
inputs = torch.randn(8, 3, 16, 16)
labels = torch.randint(0, 2, (8,))
model.train()
for epoch in range(4):
    optimizer.zero_grad()
    outputs = model(inputs)
    _, preds = torch.max(outputs, 1)
    loss = criterion(outputs, labels)
    loss.backward()
    optimizer.step()
    scheduler.step()
    print(epoch, f"{loss.item():.4f}", torch.sum(preds == labels.data).item(), scheduler.get_last_lr())
print(model[0][0].weight.grad, model[0][1].running_mean)
