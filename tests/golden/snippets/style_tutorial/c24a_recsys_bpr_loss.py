# Bayesian personalised ranking loss on positive/negative pairs
import torch
import torch.nn.functional as F

pos = torch.tensor([2.0, 0.5, 1.0], requires_grad=True)
neg = torch.tensor([1.0, 1.5, -0.5], requires_grad=True)
diff = pos - neg
loss = -F.logsigmoid(diff).mean()
print(loss)
loss.backward()
print(pos.grad)
print(neg.grad)
print(torch.equal(pos.grad, -neg.grad))
alt = F.softplus(-diff).mean()
print(torch.allclose(alt, loss))
print(-torch.log(torch.sigmoid(diff)).mean())
