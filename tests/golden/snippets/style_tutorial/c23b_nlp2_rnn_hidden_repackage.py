import torch
from torch import nn

# Carry a GRU state across chunks of a long stream without backpropagating into old chunks
torch.manual_seed(60)
stream = torch.randn(9, 1, 2)
gru = nn.GRU(2, 3)
state = torch.zeros(1, 1, 3)
for start in range(0, 9, 3):
    state = state.detach()
    chunk_out, state = gru(stream[start:start + 3], state)
    chunk_out.pow(2).mean().backward()
    print(start, state.grad_fn.name(), state.detach().requires_grad, gru.weight_hh_l0.grad.shape)
    gru.zero_grad()
print(state.shape, gru.weight_hh_l0.grad)
