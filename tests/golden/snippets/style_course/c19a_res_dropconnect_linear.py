# DropConnect: drop weights, not activations, with F.dropout on the weight
import torch
import torch.nn.functional as F
torch.manual_seed(82)
lin = torch.nn.Linear(4, 2)
x = torch.ones(1, 4)
w = F.dropout(lin.weight, p=0.5, training=True)
print(w)
out = F.linear(x, w, lin.bias)
out.sum().backward()
print(lin.weight.grad)
