# Q: "0D or 1D target tensor expected, multi-target not supported" and "Target 5 is out of bounds".
import torch
import torch.nn as nn

torch.manual_seed(0)
criterion = nn.CrossEntropyLoss()
logits = torch.randn(3, 5)
targets = [torch.tensor([[1], [0], [4]]), torch.tensor([1, 0, 5]), torch.tensor([1, 0, -1])]
for t in targets:
    try:
        print(criterion(logits, t))
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(criterion(logits, torch.tensor([[1], [0], [4]]).squeeze()))
print(criterion(logits, torch.tensor([[1], [0], [4]]).view(-1)))
