import torch

t = torch.zeros(2, 3)
for call in [lambda: t.reshape(5), lambda: t.sum(dim=2), lambda: t.permute(0),
             lambda: t.transpose(0, 3), lambda: t.view(-1, -1), lambda: t.squeeze(4),
             lambda: t.unsqueeze(3)]:
    try:
        call()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
