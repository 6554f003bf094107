import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.zeros(2)
for obj in (torch.add, torch.zeros, x.add, F.relu, F.softmax, torch.autograd.grad, torch.autograd.backward,
            torch.optim.SGD.step, torch.nn.init.xavier_uniform_, torch.no_grad, nn.Linear, nn.Linear(2, 2), x, 1,
            torch.utils.data.DataLoader):
    print(torch.typename(obj))
