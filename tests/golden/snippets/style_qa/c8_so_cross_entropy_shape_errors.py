# Q: CrossEntropyLoss shape errors: "Expected input batch_size (N) to match target batch_size (M)" and 3-D targets.
import torch
import torch.nn as nn

torch.manual_seed(0)
loss_fn = nn.CrossEntropyLoss()
logits = torch.randn(4, 3)
try:
    loss_fn(logits, torch.tensor([0, 1, 2]))
except ValueError as e:
    print("ValueError:", e)
try:
    loss_fn(logits, torch.tensor([[0], [1], [2], [1]]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(loss_fn(logits, torch.tensor([[0], [1], [2], [1]]).squeeze(1)))
seq = torch.randn(2, 5, 3)
tgt = torch.randint(0, 3, (2, 5))
try:
    loss_fn(seq, tgt)
except RuntimeError as e:
    print("RuntimeError:", e)
print(loss_fn(seq.transpose(1, 2), tgt))
print(loss_fn(seq.reshape(-1, 3), tgt.reshape(-1)))
try:
    loss_fn(torch.randn(3), torch.tensor(1))
    print("unbatched ok")
except RuntimeError as e:
    print("RuntimeError:", e)
print(nn.CrossEntropyLoss(reduction='sum')(logits, torch.tensor([0, 1, 2, 1])))
