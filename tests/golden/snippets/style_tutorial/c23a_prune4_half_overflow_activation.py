# Why activations overflow in float16: a large logit's exp is inf in half, fine in float32
import torch

z = torch.tensor([10.0, 11.5, 12.0])
print(torch.exp(z.half()), torch.exp(z).half())
print(torch.softmax(z.half(), 0), torch.softmax(z, 0))
print(torch.tensor(70000.0).half(), torch.tensor(-70000.0).half())
