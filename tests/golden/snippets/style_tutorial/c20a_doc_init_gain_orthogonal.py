# nn.init.calculate_gain, orthogonal_, sparse_ and dirac_
import torch
import torch.nn as nn

for nl in ['linear', 'conv2d', 'sigmoid', 'tanh', 'relu', 'selu']:
    print(nl, nn.init.calculate_gain(nl))
print(nn.init.calculate_gain('leaky_relu', 0.2))
torch.manual_seed(0)
w = torch.empty(3, 5)
nn.init.orthogonal_(w)
print(w)
print((w @ w.T).round(decimals=4))
nn.init.sparse_(w, sparsity=0.1)
print(w)
d = torch.empty(3, 2, 3)
print(nn.init.dirac_(d))
