# Q: Dimension out of range for different ops.
import torch

m = torch.zeros(2, 3)
for call in (lambda: m.sum(2), lambda: m.softmax(-3), lambda: m.unsqueeze(3),
             lambda: m.transpose(0, 2), lambda: torch.cat([m, m], dim=2), lambda: m.squeeze(5)):
    try:
        call()
    except IndexError as e:
        print(e)
print(m.unsqueeze(2).shape, m.unsqueeze(-3).shape)
