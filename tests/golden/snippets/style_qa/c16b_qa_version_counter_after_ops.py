# Q: what is _version and when does it grow?
import torch

buf = torch.ones(3)
print(buf._version)
buf.add_(1)
buf[0] = 7
print(buf._version)
alias = buf.view(3)
alias.mul_(2)
print(buf._version, alias._version)
c = buf.clone()
print(c._version)
buf.data.zero_()
print(buf._version, buf)
