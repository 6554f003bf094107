# Q: calling the same layer twice in forward - one parameter or two?
import torch
import torch.nn as nn

class Twice(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 2)

    def forward(self, x):
        return self.fc(torch.relu(self.fc(x)))

torch.manual_seed(3)
net = Twice()
out = net(torch.ones(1, 2))
print(out)
print(out.grad_fn, out.grad_fn.next_functions[0][0])
print(sum(p.numel() for p in net.parameters()))
