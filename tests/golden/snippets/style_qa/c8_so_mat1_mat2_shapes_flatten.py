# Q: "mat1 and mat2 shapes cannot be multiplied" after my conv layers: how to get the flatten size right.
import torch
import torch.nn as nn

torch.manual_seed(0)

class Net(nn.Module):
    def __init__(self, fc_in):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(fc_in, 10)

    def forward(self, x):
        x = self.pool(torch.relu(self.conv1(x)))
        x = self.pool(torch.relu(self.conv2(x)))
        print('before flatten', tuple(x.shape))
        x = x.view(x.size(0), -1)
        return self.fc1(x)

x = torch.randn(4, 1, 28, 28)
try:
    Net(16 * 5 * 5)(x)
except RuntimeError as e:
    print("RuntimeError:", e)
out = Net(16 * 4 * 4)(x)
print(out.shape)
flat = nn.Flatten()
print(flat, flat(torch.zeros(4, 16, 4, 4)).shape)
try:
    nn.Linear(10, 3)(torch.randn(10))
    nn.Linear(10, 3)(torch.randn(3, 11))
except RuntimeError as e:
    print("RuntimeError:", e)
