# Q: "Expected input batch_size (4) to match target batch_size (3)" and other CrossEntropyLoss shape errors.
import torch
import torch.nn as nn

lossf = nn.CrossEntropyLoss()
logits = torch.zeros(4, 3)
try:
    lossf(logits, torch.tensor([0, 1, 2]))
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e)
try:
    lossf(logits, torch.tensor([0, 1, 2, 3]))
except (IndexError, RuntimeError) as e:
    print(type(e).__name__, e)
try:
    lossf(logits, torch.tensor([[0], [1], [2], [1]]))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    lossf(torch.zeros(2, 3, 5), torch.zeros(2, 4, dtype=torch.long))
except RuntimeError as e:
    print(type(e).__name__, e)
print(lossf(torch.zeros(2, 3, 5), torch.zeros(2, 5, dtype=torch.long)))
seq_logits = torch.zeros(2, 5, 3)
try:
    lossf(seq_logits, torch.zeros(2, 5, dtype=torch.long))
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e)
print(lossf(seq_logits.transpose(1, 2), torch.zeros(2, 5, dtype=torch.long)))
print(lossf(seq_logits.reshape(-1, 3), torch.zeros(10, dtype=torch.long)))
print(lossf(logits, torch.tensor([-100, 1, -100, 2])), lossf(logits[:0], torch.zeros(0, dtype=torch.long)))
