# F.poisson_nll_loss(full=True), F.kl_div(log_target), F.binary_cross_entropy(weight), multilabel_margin_loss
import torch
import torch.nn.functional as F

torch.manual_seed(0)
log_input = torch.randn(4)
target = torch.tensor([0., 1., 2., 5.])
print(F.poisson_nll_loss(log_input, target, full=True))
print(F.poisson_nll_loss(log_input.exp(), target, log_input=False))
p = F.log_softmax(torch.randn(2, 3), 1)
q = F.log_softmax(torch.randn(2, 3), 1)
print(F.kl_div(p, q, reduction='batchmean', log_target=True))
print(F.binary_cross_entropy(torch.tensor([0.8, 0.3]), torch.tensor([1., 0.]), weight=torch.tensor([2., 1.])))
print(F.multilabel_margin_loss(torch.tensor([[0.1, 0.2, 0.4, 0.8]]), torch.tensor([[3, 0, -1, 1]])))
print(F.triplet_margin_with_distance_loss(torch.randn(2, 3), torch.randn(2, 3), torch.randn(2, 3),
                                          distance_function=F.pairwise_distance, margin=0.5))
