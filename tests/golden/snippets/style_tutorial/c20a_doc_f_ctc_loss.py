# nn.CTCLoss with padded targets, reference-style shapes
import torch
import torch.nn as nn

torch.manual_seed(0)
T, C, N, S = 10, 5, 2, 4
input = torch.randn(T, N, C).log_softmax(2).detach().requires_grad_()
target = torch.randint(low=1, high=C, size=(N, S), dtype=torch.long)
input_lengths = torch.full(size=(N,), fill_value=T, dtype=torch.long)
target_lengths = torch.tensor([4, 3])
ctc_loss = nn.CTCLoss()
loss = ctc_loss(input, target, input_lengths, target_lengths)
print(loss)
loss.backward()
print(input.grad[0])
