# nn.Linear and nn.Bilinear reference examples
import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Linear(20, 30)
input = torch.randn(128, 20)
output = m(input)
print(output.size())
print(m)
print(m.weight.shape, m.bias.shape)
b = nn.Bilinear(20, 30, 40)
input1 = torch.randn(128, 20)
input2 = torch.randn(128, 30)
print(b(input1, input2).size())
print(b)
print(b(input1, input2)[0, :4])
