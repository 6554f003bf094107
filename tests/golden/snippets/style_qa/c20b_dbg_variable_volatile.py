# Variable and volatile from pre-0.4 code
import torch
from torch.autograd import Variable

x = Variable(torch.ones(2), requires_grad=True)
print(type(x).__name__, x.requires_grad, x.is_leaf)
y = Variable(torch.ones(2), volatile=True)
print(y.requires_grad)
print((x * 2).sum().data)
