# MaxPool2d(return_indices=True) and MaxUnpool2d put the maxima back where they came from.
import torch
import torch.nn as nn

x = torch.tensor([[[[1.0, 2.0, 3.0, 4.0],
                    [5.0, 6.0, 7.0, 8.0],
                    [9.0, 10.0, 11.0, 12.0],
                    [13.0, 14.0, 15.0, 16.0]]]])
pool = nn.MaxPool2d(2, stride=2, return_indices=True)
unpool = nn.MaxUnpool2d(2, stride=2)
out, idx = pool(x)
print(out)
print(idx)
print(unpool(out, idx))
print(unpool(out, idx, output_size=torch.Size([1, 1, 5, 5])))
p1 = nn.MaxPool1d(3, stride=1, return_indices=True)
o1, i1 = p1(torch.tensor([[[2.0, 7.0, 1.0, 8.0, 2.0, 8.0]]]))
print(o1, i1)
print(nn.MaxUnpool1d(3, stride=1)(o1, i1))
print(nn.MaxPool2d(3, stride=2, ceil_mode=True)(torch.arange(25.0).reshape(1, 1, 5, 5)))
print(nn.MaxPool2d(2, padding=1)(x))
print(nn.AvgPool2d(2, padding=1, count_include_pad=False)(x))
print(nn.LPPool2d(2, 2)(x))
