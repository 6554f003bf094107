# cs224n word2vec: naiveSoftmaxLossAndGradient by hand (float64) checked against autograd.
import torch

torch.manual_seed(224)
vocab, dim = 6, 3
centerWordVec = torch.randn(dim, dtype=torch.float64, requires_grad=True)
outsideVectors = torch.randn(vocab, dim, dtype=torch.float64, requires_grad=True)
outsideWordIdx = 4

def softmax(x):
    x = x - x.max()
    e = torch.exp(x)
    return e / e.sum()

y_hat = softmax(outsideVectors @ centerWordVec)
loss = -torch.log(y_hat[outsideWordIdx])
loss.backward()
with torch.no_grad():
    y = torch.zeros(vocab, dtype=torch.float64)
    y[outsideWordIdx] = 1
    gradCenterVec = outsideVectors.t() @ (y_hat - y)
    gradOutsideVecs = torch.outer(y_hat - y, centerWordVec)
print('loss', loss.item())
print('y_hat', y_hat.detach())
print('center ok', torch.allclose(gradCenterVec, centerWordVec.grad))
print('outside ok', torch.allclose(gradOutsideVecs, outsideVectors.grad))
print(gradOutsideVecs[outsideWordIdx])
window = [1, 2, 4, 5]
total = sum(-torch.log(softmax(outsideVectors @ centerWordVec)[o]) for o in window)
print('skipgram window loss %.10f' % total.item())
print(type(total), total.grad_fn.name())
