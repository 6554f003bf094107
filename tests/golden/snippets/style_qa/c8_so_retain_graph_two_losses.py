# Q: two losses share one forward pass; the second backward says "Trying to backward through the graph a second time".
import torch
import torch.nn as nn

torch.manual_seed(0)
enc = nn.Linear(4, 3)
head1 = nn.Linear(3, 1)
head2 = nn.Linear(3, 1)
x = torch.randn(5, 4)
h = torch.tanh(enc(x))
loss1 = head1(h).pow(2).mean()
loss2 = head2(h).abs().mean()
loss1.backward()
try:
    loss2.backward()
except RuntimeError as e:
    print(e)

h = torch.tanh(enc(x))
loss1 = head1(h).pow(2).mean()
loss2 = head2(h).abs().mean()
enc.zero_grad()
loss1.backward(retain_graph=True)
loss2.backward()
g_separate = enc.weight.grad.clone()
enc.zero_grad()
h = torch.tanh(enc(x))
(head1(h).pow(2).mean() + head2(h).abs().mean()).backward()
print(torch.allclose(g_separate, enc.weight.grad))
print(g_separate)
