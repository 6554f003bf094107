# The classic DQN optimizer: RMSprop, printed and stepped once
import torch

w = torch.nn.Parameter(torch.tensor([1.0, -1.0]))
opt = torch.optim.RMSprop([w], lr=0.01, alpha=0.95, eps=0.01, centered=True)
print(opt)
w.grad = torch.tensor([0.5, -2.0])
opt.step()
print(w)
st = opt.state[w]
print(sorted(st.keys()))
print(st['square_avg'], st['grad_avg'])
