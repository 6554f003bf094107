# Lecture: CTC loss on a toy alignment problem.
import torch
import torch.nn as nn

torch.manual_seed(0)
T, N, C, S = 6, 2, 4, 3
log_probs = torch.randn(T, N, C).log_softmax(2).requires_grad_()
targets = torch.tensor([[1, 2, 2], [3, 1, 0]])
input_lengths = torch.tensor([6, 5])
target_lengths = torch.tensor([3, 2])
ctc = nn.CTCLoss(blank=0)
try:
    loss = ctc(log_probs, targets, input_lengths, target_lengths)
    print(loss)
    loss.backward()
    print(log_probs.grad.shape)
except Exception as e:
    print(type(e).__name__, e)
