# "Deep Learning with PyTorch" ch.8: Net with F.tanh/F.max_pool2d, NetDepth, and NetRes with a skip connection.
import torch
import torch.nn as nn
import torch.nn.functional as F

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 16, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(16, 8, kernel_size=3, padding=1)
        self.fc1 = nn.Linear(8 * 4 * 4, 32)
        self.fc2 = nn.Linear(32, 2)

    def forward(self, x):
        out = F.max_pool2d(torch.tanh(self.conv1(x)), 2)
        out = F.max_pool2d(torch.tanh(self.conv2(out)), 2)
        out = out.view(-1, 8 * 4 * 4)
        out = torch.tanh(self.fc1(out))
        return self.fc2(out)

class NetRes(nn.Module):
    def __init__(self, n_chans1=8):
        super().__init__()
        self.n_chans1 = n_chans1
        self.conv1 = nn.Conv2d(3, n_chans1, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(n_chans1, n_chans1 // 2, kernel_size=3, padding=1)
        self.conv3 = nn.Conv2d(n_chans1 // 2, n_chans1 // 2, kernel_size=3, padding=1)
        self.fc1 = nn.Linear(2 * 2 * n_chans1 // 2, 8)
        self.fc2 = nn.Linear(8, 2)

    def forward(self, x):
        out = F.max_pool2d(torch.relu(self.conv1(x)), 2)
        out = F.max_pool2d(torch.relu(self.conv2(out)), 2)
        out1 = out
        out = F.max_pool2d(torch.relu(self.conv3(out)) + out1, 2)
        out = out.view(-1, 2 * 2 * self.n_chans1 // 2)
        out = torch.relu(self.fc1(out))
        return self.fc2(out)

torch.manual_seed(44)
img = torch.rand(4, 3, 16, 16)
labels = torch.tensor([0, 1, 1, 0])
for model in (Net(), NetRes()):
    numel_list = [p.numel() for p in model.parameters()]
    print(type(model).__name__, sum(numel_list), numel_list)
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-2)
    for epoch in range(1, 4):
        outputs = model(img)
        loss = nn.CrossEntropyLoss()(outputs, labels)
        l2_norm = sum(p.pow(2.0).sum() for p in model.parameters())
        loss = loss + 0.001 * l2_norm
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        print('Epoch {}, Training loss {}'.format(epoch, loss.item()))
    print(model(img).shape)
