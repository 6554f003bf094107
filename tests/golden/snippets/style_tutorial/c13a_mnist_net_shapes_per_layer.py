# The MNIST example's network on a random batch: the shape after every layer and the parameter count.
import torch
import torch.nn as nn
import torch.nn.functional as F


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 3, 1)
        self.conv2 = nn.Conv2d(32, 64, 3, 1)
        self.dropout1 = nn.Dropout(0.25)
        self.dropout2 = nn.Dropout(0.5)
        self.fc1 = nn.Linear(9216, 128)
        self.fc2 = nn.Linear(128, 10)

    def forward(self, x, verbose=False):
        steps = []
        x = F.relu(self.conv1(x)); steps.append(("conv1", x.shape))
        x = F.relu(self.conv2(x)); steps.append(("conv2", x.shape))
        x = F.max_pool2d(x, 2); steps.append(("pool", x.shape))
        x = self.dropout1(x)
        x = torch.flatten(x, 1); steps.append(("flatten", x.shape))
        x = F.relu(self.fc1(x)); steps.append(("fc1", x.shape))
        x = self.dropout2(x)
        x = self.fc2(x)
        if verbose:
            for name, shape in steps:
                print(f"{name:8s} {tuple(shape)}")
        return F.log_softmax(x, dim=1)


torch.manual_seed(1)
model = Net()
print(model)
data = torch.randn(2, 1, 28, 28)
out = model(data, verbose=True)
print(out.shape, out.dtype, out.grad_fn.name())
print(sum(p.numel() for p in model.parameters()))
for name, p in model.named_parameters():
    print(name, list(p.shape))
print(out.exp().sum(dim=1))
