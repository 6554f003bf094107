import torch
from torch import nn

# Speech-style CTC: per-frame scores for 2 utterances, concatenated 1-D targets
torch.manual_seed(42)
frames, utts, symbols = 7, 2, 5
acoustic = torch.randn(frames, utts, symbols, requires_grad=True)
logp = acoustic.log_softmax(dim=-1)
flat_targets = torch.tensor([3, 1, 4, 2, 2])
target_lens = (3, 2)
frame_lens = (7, 6)
criterion = nn.CTCLoss(blank=0, reduction="sum", zero_infinity=True)
total = criterion(logp, flat_targets, frame_lens, target_lens)
print(f"{total.item():.3f}", total.grad_fn.name())
total.backward()
print(acoustic.grad[6, 1].abs().max().item() == 0.0, acoustic.grad.shape)
print(criterion)
