# Conv nets chapter: a NetWidth model, manual L2 regularisation in the loop, and a ResBlock stack.
import torch
import torch.nn as nn
import torch.nn.functional as F

class NetWidth(nn.Module):
    def __init__(self, n_chans1=8):
        super().__init__()
        self.n_chans1 = n_chans1
        self.conv1 = nn.Conv2d(3, n_chans1, kernel_size=3, padding=1)
        self.conv2 = nn.Conv2d(n_chans1, n_chans1 // 2, kernel_size=3, padding=1)
        self.fc1 = nn.Linear(2 * 2 * n_chans1 // 2, 8)
        self.fc2 = nn.Linear(8, 2)

    def forward(self, x):
        out = F.max_pool2d(torch.tanh(self.conv1(x)), 2)
        out = F.max_pool2d(torch.tanh(self.conv2(out)), 2)
        out = out.view(-1, 2 * 2 * self.n_chans1 // 2)
        out = torch.tanh(self.fc1(out))
        return self.fc2(out)

class ResBlock(nn.Module):
    def __init__(self, n_chans):
        super(ResBlock, self).__init__()
        self.conv = nn.Conv2d(n_chans, n_chans, kernel_size=3, padding=1, bias=False)
        self.batch_norm = nn.BatchNorm2d(num_features=n_chans)
        torch.nn.init.kaiming_normal_(self.conv.weight, nonlinearity='relu')
        torch.nn.init.constant_(self.batch_norm.weight, 0.5)
        torch.nn.init.zeros_(self.batch_norm.bias)

    def forward(self, x):
        out = self.conv(x)
        out = self.batch_norm(out)
        out = torch.relu(out)
        return out + x

torch.manual_seed(0)
model = NetWidth()
numel_list = [p.numel() for p in model.parameters()]
print(sum(numel_list), numel_list)
imgs, labels = torch.randn(6, 3, 8, 8), torch.tensor([0, 1, 1, 0, 1, 0])
optimizer = torch.optim.SGD(model.parameters(), lr=1e-2)
loss_fn = nn.CrossEntropyLoss()
for epoch in range(1, 4):
    outputs = model(imgs)
    loss = loss_fn(outputs, labels)
    l2_lambda = 0.001
    l2_norm = sum(p.pow(2.0).sum() for p in model.parameters())
    loss = loss + l2_lambda * l2_norm
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print('Epoch {}, Training loss {}'.format(epoch, loss.item()))
resblocks = nn.Sequential(*(5 * [ResBlock(n_chans=4)]))
out = resblocks(torch.randn(2, 4, 3, 3))
print(out.shape, len(list(resblocks.parameters())), resblocks[0] is resblocks[4])
