# Vectorised environments: resetting hidden states where episodes ended
import torch

h = torch.arange(12.0).reshape(4, 3)
done = torch.tensor([False, True, False, True])
h_reset = h * (~done).float().unsqueeze(-1)
print(h_reset)
h2 = torch.where(done.unsqueeze(1), torch.zeros_like(h), h)
print(torch.equal(h_reset, h2))
ep_len = torch.tensor([5, 12, 7, 3])
ep_len = torch.where(done, torch.zeros_like(ep_len), ep_len + 1)
print(ep_len)
try:
    torch.where(done, h, 0.0)
except RuntimeError as e:
    print(e)
