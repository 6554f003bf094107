# makemore part 3: Kaiming init with the tanh gain, by hand and with nn.init
import torch

g = torch.Generator().manual_seed(2147483647)
n_embd, block_size, n_hidden = 10, 3, 200
fan_in = n_embd * block_size
W1 = torch.randn((fan_in, n_hidden), generator=g) * (5 / 3) / fan_in**0.5
print(W1.std().item(), (5 / 3) / fan_in**0.5)
print(torch.nn.init.calculate_gain("tanh"), torch.nn.init.calculate_gain("relu"), torch.nn.init.calculate_gain("leaky_relu", 0.2))
torch.manual_seed(0)
w = torch.empty(fan_in, n_hidden)
torch.nn.init.kaiming_normal_(w, mode="fan_in", nonlinearity="tanh")
print(w.std())
torch.nn.init.kaiming_uniform_(w, a=0, nonlinearity="relu")
print(w.min(), w.max())
x = torch.randn(1000, fan_in, generator=g)
y = x @ W1
print(x.std(), y.std())
