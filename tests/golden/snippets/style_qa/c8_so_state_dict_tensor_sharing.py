# Q: state_dict tensors share memory with the parameters; why my "saved" weights changed after training.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
saved = model.state_dict()
saved_copy = {k: v.clone() for k, v in model.state_dict().items()}
opt = torch.optim.SGD(model.parameters(), lr=1.0)
model(torch.ones(1, 2)).sum().backward()
opt.step()
print(torch.equal(saved['weight'], model.weight), torch.equal(saved_copy['weight'], model.weight))
print(saved['weight'].requires_grad, saved['weight'].data_ptr() == model.weight.data_ptr())
print(type(saved).__name__, list(saved))
sd = model.state_dict(keep_vars=True)
print(type(sd['weight']).__name__, sd['weight'].requires_grad)
print(saved_copy['bias'], model.bias)
