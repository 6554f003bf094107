# Q: squeeze() removed my batch dimension when batch size is 1
import torch

batch = torch.zeros(1, 3, 1)
print(batch.squeeze().shape, batch.squeeze(-1).shape, batch.squeeze(0).shape)
logits = torch.zeros(1, 1)
print(logits.squeeze().shape, logits.squeeze().dim())
print(torch.zeros(2, 1, 2).squeeze(1).shape, torch.zeros(2, 2).squeeze(1).shape)
print(batch.squeeze((0, 2)).shape)
