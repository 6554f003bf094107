# Recipe "What is a state_dict": a model's and an optimizer's state_dict printed key by key.
import torch
import torch.nn as nn
import torch.optim as optim

class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.fc1 = nn.Linear(6 * 2 * 2, 4)

    def forward(self, x):
        return self.fc1(torch.flatten(self.pool(torch.relu(self.conv1(x))), 1))

torch.manual_seed(0)
net = Net()
optimizer = optim.SGD(net.parameters(), lr=0.001, momentum=0.9)
print("Model's state_dict:")
for param_tensor in net.state_dict():
    print(param_tensor, "\t", net.state_dict()[param_tensor].size())
print()
print("Optimizer's state_dict:")
for var_name in optimizer.state_dict():
    print(var_name, "\t", optimizer.state_dict()[var_name])
net(torch.randn(2, 3, 8, 8)).sum().backward()
optimizer.step()
state = optimizer.state_dict()["state"]
print(list(state.keys()), list(state[0].keys()), state[3]["momentum_buffer"])
