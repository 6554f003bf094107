# Q: how do I print the whole tensor instead of "..."?
import torch

x = torch.arange(1005)
print(x.shape)
torch.set_printoptions(profile='full')
s = str(x)
print('...' in s, len(s.splitlines()))
torch.set_printoptions(profile='default')
print('...' in str(x), str(x)[-40:])
torch.set_printoptions(threshold=10_000)
print(len(str(x).splitlines()))
