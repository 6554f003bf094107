# Q: "if tensor:" on a filtered result crashed when the filter matched nothing.
import torch

scores = torch.tensor([0.2, 0.4, 0.1])
hits = scores[scores > 0.3]
print(bool(hits), hits)
none = scores[scores > 0.9]
print(none, none.numel() > 0)
if none:
    print('found')
