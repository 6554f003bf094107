# target network "copy" that shares storage by accident
import torch
import torch.nn as nn

torch.manual_seed(142)
net = nn.Linear(2, 1)
target_w = net.weight.data
copy_w = net.weight.detach().clone()
with torch.no_grad():
    net.weight.add_(1.0)
print(torch.equal(target_w, net.weight), torch.equal(copy_w, net.weight))
print(target_w.data_ptr() == net.weight.data_ptr())
